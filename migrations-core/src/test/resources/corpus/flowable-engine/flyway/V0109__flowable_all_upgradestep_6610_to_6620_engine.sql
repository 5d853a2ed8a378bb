update ACT_GE_PROPERTY set VALUE_ = '6.6.2.0' where NAME_ = 'schema.version';
