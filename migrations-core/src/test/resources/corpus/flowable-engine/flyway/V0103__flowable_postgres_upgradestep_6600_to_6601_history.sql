alter table ACT_HI_PROCINST add column PROPAGATED_STAGE_INST_ID_ varchar(255);
