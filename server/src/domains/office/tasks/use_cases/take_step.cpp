#include <set>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/tasks/tasks.hpp"
#include "workflow/engine.hpp"

namespace zhixie::office::tasks {

namespace {

const std::set<std::string> kReporting = {"accept", "report_progress", "report_done"};
const std::set<std::string> kNeedNote = {"report_progress", "chase", "return", "cancel"};

// Is the caller the task's person, or staff of its body?
bool is_assignee(storage::Tx& tx, const auth::Principal& me, const nlohmann::json& task) {
    auto mine = my_staff_id(tx, me);
    if (!mine) return false;
    if (task["staff_id"].is_number() && task["staff_id"].get<int64_t>() == *mine) return true;
    auto s = find_staff(tx, me.committee_id, *mine);
    return task["body_id"].is_number() && s->opt_i("body_id") == task["body_id"].get<int64_t>();
}

}  // namespace

nlohmann::json take_step(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                         int64_t id, const Step& s) {
    auto tx = db.write();
    auto task = task_json(tx, me, id);
    if (kReporting.count(s.transition) && !me.has("office:task:assign") && !is_assignee(tx, me, task))
        throw AppError(403, "not_assignee");
    FieldErrors e;
    if (kNeedNote.count(s.transition))
        check::required(e, "note", s.note, 1000);
    else
        max_chars(e, "note", s.note, 1000);
    if (s.transition == "report_progress" && (!s.progress || *s.progress < 0 || *s.progress > 100))
        e.add("progress", "field_out_of_range", {{"value", s.progress.value_or(-1)}, {"max", 100}});
    const std::string today = clock::today_cst();
    if (s.transition == "extend" && check::date(e, "deadline", s.deadline, true)) {
        if (s.deadline < today)
            e.add("deadline", "field_date_in_past", {{"value", s.deadline}, {"today", today}});
        else if (s.deadline <= task["deadline"].get<std::string>())
            e.add("deadline", "field_not_after_previous",
                  {{"value", s.deadline}, {"previous", task["deadline"]}});
    }
    e.throw_if_any(lang, labels());
    std::string note = s.note;
    if (s.transition == "extend") note = "办理时限延至" + s.deadline + (note.empty() ? "" : "。" + note);
    if (s.transition == "report_progress") note = "进度" + std::to_string(*s.progress) + "%：" + note;
    workflow::fire(tx, me.committee_id, me.permissions, actor,
                   {task["case_id"].get<int64_t>(), s.transition, s.version, note});
    int64_t progress = s.transition == "report_progress" ? *s.progress
                       : s.transition == "report_done"   ? 100
                                                         : task["progress"].get<int64_t>();
    std::string deadline = s.transition == "extend" ? s.deadline : task["deadline"].get<std::string>();
    storage::Value completed = task["completed_on"].is_string()
                                   ? storage::Value(task["completed_on"].get<std::string>())
                                   : storage::Value{};
    if (s.transition == "report_done") completed = today;  // the day the work was reported done
    if (s.transition == "return") completed = storage::Value{};
    tx.exec(
        "UPDATE office_tasks SET progress = :p, deadline = :dl, completed_on = :done, updated_at = :now "
        "WHERE id = "
        ":id",
        {{"p", progress}, {"dl", deadline}, {"done", completed}, {"now", clock::now_iso()}, {"id", id}});
    audit::append(tx, actor, "office_task." + s.transition, "office_task", std::to_string(id),
                  {{"progress", progress}, {"deadline", deadline}, {"note", note}});
    auto out = task_json(tx, me, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::tasks
