alter table ACT_HI_ACTINST add column TRANSACTION_ORDER_ integer;
