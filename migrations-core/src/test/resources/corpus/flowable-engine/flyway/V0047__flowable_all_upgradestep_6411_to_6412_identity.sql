update ACT_ID_PROPERTY set VALUE_ = '6.4.1.2' where NAME_ = 'schema.version';
