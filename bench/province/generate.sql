-- A province's ledger for the benchmark (bench/province.sh): one committee, :units units of five departments with two
-- responsible people each and a leader, :inspections inspections of four aspects, :problems problems with three
-- measures and one progress entry each, an inspection-office user with an API token. Each problem names, as real
-- plans do, its unit's leader, one department and one of that department's people (who answers for its measures):
-- a person answers for a tenth of the unit's problems, the leader for all of them. Set-based, so 500,000 problems
-- take minutes. Run on an empty, migrated database.
\set ON_ERROR_STOP on
begin;
insert into org_unit (name, kind, path, created_at) values ('省委巡视工作领导小组', 'COMMITTEE', null, now());
update org_unit set path = '/' || id || '/' where kind = 'COMMITTEE';
insert into org_unit (parent_id, name, short_name, kind, seq, created_at)
select c.id, '第' || g || '单位', '单位' || g, 'UNIT', g, now()
from org_unit c, generate_series(1, :units) g where c.kind = 'COMMITTEE';
update org_unit u set path = c.path || u.id || '/' from org_unit c where u.parent_id = c.id;
insert into org_unit (parent_id, name, short_name, kind, seq, created_at)
select u.id, '单位' || u.seq || d.name, d.name, 'DEPARTMENT', d.seq, now()
from org_unit u cross join (values (1, '办公室'), (2, '组织人事科'), (3, '财务科'), (4, '业务一科'), (5, '业务二科')) d(seq, name)
where u.kind = 'UNIT';
update org_unit d set path = u.path || d.id || '/' from org_unit u where d.parent_id = u.id and d.kind = 'DEPARTMENT';

insert into app_user (username, display_name, org_unit_id, password_hash, created_at)
select 'bench.office', '基准巡视办', id, '{noop}unused', now() from org_unit where kind = 'COMMITTEE';
insert into app_user_role (user_id, role) select id, 'INSPECTION_OFFICE' from app_user where username = 'bench.office';
insert into app_user (username, display_name, org_unit_id, password_hash, created_at)
select 'bench.l' || u.seq, '分管领导' || u.seq, u.id, '{noop}unused', now() from org_unit u where u.kind = 'UNIT';
insert into app_user_role (user_id, role) select id, 'UNIT_LEADER' from app_user where username like 'bench.l%';
insert into app_user (username, display_name, org_unit_id, password_hash, created_at)
select 'bench.p' || u.seq || '.' || d.seq || '.' || k, '责任人' || u.seq || '-' || d.seq || '-' || k, d.id, '{noop}unused', now()
from org_unit u join org_unit d on d.parent_id = u.id cross join generate_series(1, 2) k where u.kind = 'UNIT';
insert into app_user_role (user_id, role) select id, 'RESPONSIBLE' from app_user where username like 'bench.p%';
insert into access_token (user_id, name, token_hash, token_hint, created_at)
select id, 'bench', encode(sha256(convert_to(:'token', 'UTF8')), 'hex'), 'bench', now() from app_user
where username = 'bench.office';

insert into inspection_round (committee_unit_id, name, round_year, created_at)
select id, '2026年第' || r || '轮巡视', 2026, now() from org_unit, generate_series(1, 4) r where kind = 'COMMITTEE';
insert into inspection (round_id, source, kind, group_name, target_unit_id, title, feedback_date, due_date, created_at)
select (select min(id) from inspection_round) + (g % 4), 'INSPECTION', 'ROUTINE', '第' || (g % 12 + 1) || '巡视组',
       u.id, '对第' || u.seq || '单位的第' || g || '次巡视', date '2026-01-01' + (g % 200)::int, date '2026-07-01' + (g % 200)::int, now()
from generate_series(1, :inspections) g
join org_unit u on u.kind = 'UNIT' and u.seq = (g - 1) % :units + 1;
insert into feedback_category (inspection_id, seq, title)
select i.id, a, (array['贯彻落实党中央决策部署不够到位', '落实全面从严治党“两个责任”有差距',
                      '干部队伍和基层党组织建设存在短板', '巡视整改和以案促改不够扎实'])[a]
from inspection i, generate_series(1, 4) a;

-- problems: per inspection numbered 1..n, spread over statuses and deadlines around today
insert into problem (inspection_id, category_id, seq, title, description, rectification_type, origin,
                     responsible_leader_id, deadline, original_deadline, status, closed_on, next_review_date, created_at)
select i.id, c.id, n,
       '关于' || (array['学习制度落实', '经费管理使用', '干部选拔任用', '基层党建', '意识形态责任制', '作风建设'])[n % 6 + 1]
              || '不到位的问题（' || n || '）',
       '经查，该单位' || (array['学习记录不全', '报销审核不严', '公示时间不足', '组织生活不规范', '阵地管理薄弱'])[n % 5 + 1] || '。',
       (array['TIME_LIMITED', 'TIME_LIMITED', 'IMMEDIATE', 'LONG_TERM'])[n % 4 + 1], 'FEEDBACK', leader.id,
       current_date + ((n * 7 + i.id) % 240 - 120)::int, current_date + ((n * 7 + i.id) % 240 - 120)::int,
       s.status,
       case when s.status = 'CLOSED' then current_date - ((n + i.id) % 200)::int end,
       case when s.status = 'ONGOING' then current_date + ((n + i.id) % 90 - 30)::int end,
       now()
from inspection i
cross join generate_series(1, :problems / :inspections) n
join feedback_category c on c.inspection_id = i.id and c.seq = n % 4 + 1
-- the leader is the only person placed in the unit itself; its responsible people belong to its departments
join app_user leader on leader.org_unit_id = i.target_unit_id
cross join lateral (select (array['CLOSED', 'CLOSED', 'CLOSED', 'IN_PROGRESS', 'IN_PROGRESS', 'ONGOING', 'PLANNING',
        'PLAN_REVIEW', 'CLOSURE_REVIEW', 'CLOSED'])[(n + i.id) % 10 + 1] as status) s;

-- department 1..5 and person 1..2 of it by the problem's number
insert into problem_unit (problem_id, org_unit_id)
select p.id, d.id from problem p join inspection i on i.id = p.inspection_id
join org_unit d on d.parent_id = i.target_unit_id and d.seq = p.seq % 5 + 1;
insert into problem_person (problem_id, user_id)
select p.id, u.id from problem p join problem_unit pu on pu.problem_id = p.id
join app_user u on u.org_unit_id = pu.org_unit_id and u.username like '%.' || (p.seq / 5 % 2 + 1);
insert into measure (problem_id, seq, text, responsible_user_id, deadline, status, completed_on, created_at)
select p.id, m, (array['修订完善相关制度', '开展专项检查并建立台账', '组织集中学习并通报整改情况'])[m],
       pp.user_id, p.deadline, case when p.status = 'CLOSED' or m = 1 then 'DONE' else 'PENDING' end,
       case when p.status = 'CLOSED' or m = 1 then coalesce(p.closed_on, current_date - 10) end, now()
from problem p join problem_person pp on pp.problem_id = p.id cross join generate_series(1, 3) m;
insert into progress_report (measure_id, problem_id, reported_on, text, author_id, created_at)
select m.id, m.problem_id, current_date - (m.problem_id % 60)::int, '已按计划推进，相关材料已归档。', m.responsible_user_id, now()
from measure m where m.seq = 1;
-- each problem waiting for closure review has its request: half at the unit leader's level, half at the office's
insert into closure_request (problem_id, cycle, summary, status, levels, current_level, deciding_role, requested_by,
                             requested_at)
select p.id, p.cycle, '已按方案整改到位，佐证材料已上传。', 'PENDING', 'UNIT_LEADER,INSPECTION_OFFICE', (p.id % 2)::int,
       (array['UNIT_LEADER', 'INSPECTION_OFFICE'])[p.id % 2 + 1], pp.user_id, now() - ((p.id % 30) || ' days')::interval
from problem p join problem_person pp on pp.problem_id = p.id where p.status = 'CLOSURE_REVIEW';
commit;
-- as autovacuum would after a bulk load (the visibility map lets counts read indexes only); this server runs
-- with autovacuum off
vacuum (analyze);
