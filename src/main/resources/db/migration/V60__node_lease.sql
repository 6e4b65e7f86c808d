-- Jobs that only one of several Sightline nodes may run at a time (feed polling) hold a lease
-- row here: the holder renews it while it runs the job, another node takes over once it has
-- expired (the holder stopped or died). One row per job, inserted here.
create table node_lease (
    name varchar(100) not null,
    holder varchar(300),
    expires_at timestamp(6) with time zone,
    constraint node_lease_pk primary key (name)
);
insert into node_lease (name, holder, expires_at) values ('feed-poll', null, null);
