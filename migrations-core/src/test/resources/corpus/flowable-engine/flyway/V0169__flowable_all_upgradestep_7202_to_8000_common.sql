update ACT_GE_PROPERTY set VALUE_ = '8.0.0.0' where NAME_ = 'common.schema.version';
