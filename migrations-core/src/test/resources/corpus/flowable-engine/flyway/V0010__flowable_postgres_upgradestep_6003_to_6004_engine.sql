update ACT_GE_PROPERTY set VALUE_ = '6.0.0.4' where NAME_ = 'schema.version';
