update ACT_ID_PROPERTY set VALUE_ = '7.1.0.0' where NAME_ = 'schema.version';
