update ACT_ID_PROPERTY set VALUE_ = '7.2.0.0' where NAME_ = 'schema.version';
