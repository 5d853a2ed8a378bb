update ACT_GE_PROPERTY set VALUE_ = '6.5.0.4' where NAME_ = 'common.schema.version';


