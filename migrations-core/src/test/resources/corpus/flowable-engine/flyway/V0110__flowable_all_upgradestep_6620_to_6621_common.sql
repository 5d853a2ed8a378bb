update ACT_GE_PROPERTY set VALUE_ = '6.6.2.1' where NAME_ = 'common.schema.version';


