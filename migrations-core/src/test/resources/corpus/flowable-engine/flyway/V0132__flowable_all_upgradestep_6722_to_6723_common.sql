update ACT_GE_PROPERTY set VALUE_ = '6.7.2.3' where NAME_ = 'common.schema.version';


