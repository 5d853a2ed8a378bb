update ACT_GE_PROPERTY set VALUE_ = '6.3.2.0' where NAME_ = 'common.schema.version';


