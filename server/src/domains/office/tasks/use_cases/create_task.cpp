#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/tasks/tasks.hpp"
#include "workflow/engine.hpp"

namespace zhixie::office::tasks {

nlohmann::json create_task(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const NewTask& t) {
    FieldErrors e;
    check::required(e, "title", t.title, 200);
    max_chars(e, "detail", t.detail, 5000);
    max_chars(e, "source", t.source, 100);
    const std::string today = clock::today_cst();
    if (check::date(e, "deadline", t.deadline, true) && t.deadline < today)
        e.add("deadline", "field_date_in_past", {{"value", t.deadline}, {"today", today}});
    if (!t.body_id && !t.staff_id) e.add("assignee", "field_required");
    auto tx = db.write();
    if (t.body_id && !body_exists(tx, me.committee_id, *t.body_id))
        e.add("body_id", "field_unknown_ref", {{"value", *t.body_id}});
    if (t.staff_id) {
        auto s = find_staff(tx, me.committee_id, *t.staff_id);
        if (!s || s->s("status") != "在职") e.add("staff_id", "field_unknown_ref", {{"value", *t.staff_id}});
    }
    e.throw_if_any(lang, labels());
    const std::string now = clock::now_iso();
    int64_t id = tx.insert(
        "INSERT INTO office_tasks (committee_id, title, detail, source, body_id, staff_id, deadline, "
        "assigned_by, "
        "created_at, updated_at) VALUES (:c, :t, :d, :src, :b, :s, :dl, :by, :now, :now) RETURNING id",
        {{"c", me.committee_id},
         {"t", t.title},
         {"d", t.detail},
         {"src", t.source},
         {"b", nullable(t.body_id)},
         {"s", nullable(t.staff_id)},
         {"dl", t.deadline},
         {"by", me.user_id},
         {"now", now}});
    // committees made before supervised tasks existed get the default workflow on first use
    if (!workflow::find_definition(tx, me.committee_id, kWorkflow))
        workflow::install_defaults(tx, me.committee_id, actor);
    int64_t case_id = workflow::start_case(tx, me.committee_id, kWorkflow, "office_task", id, actor);
    tx.exec("UPDATE office_tasks SET case_id = :case WHERE id = :id", {{"case", case_id}, {"id", id}});
    audit::append(tx, actor, "office_task.assigned", "office_task", std::to_string(id),
                  {{"title", t.title}, {"deadline", t.deadline}, {"case", case_id}});
    auto out = task_json(tx, me, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::tasks
