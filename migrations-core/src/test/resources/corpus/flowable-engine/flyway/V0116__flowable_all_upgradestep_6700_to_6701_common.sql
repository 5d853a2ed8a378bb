update ACT_GE_PROPERTY set VALUE_ = '6.7.0.1' where NAME_ = 'common.schema.version';


