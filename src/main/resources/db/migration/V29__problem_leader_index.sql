-- "My tasks" and every list of one person's problems find the problems they lead from this index, together with
-- those they answer for (problem_person_user) and those whose measures they carry (measure_responsible).
create index problem_leader on problem (responsible_leader_id);
