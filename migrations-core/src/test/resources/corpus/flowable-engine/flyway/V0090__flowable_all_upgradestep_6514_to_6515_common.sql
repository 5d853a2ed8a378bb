update ACT_GE_PROPERTY set VALUE_ = '6.5.1.5' where NAME_ = 'common.schema.version';


