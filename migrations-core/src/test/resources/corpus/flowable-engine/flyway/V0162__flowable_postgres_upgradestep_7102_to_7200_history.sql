alter table ACT_HI_ACTINST add column COMPLETED_BY_ varchar(255);
