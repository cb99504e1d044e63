#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/office/tasks/tasks.hpp"
#include "workflow/engine.hpp"

namespace zhixie::office::tasks {

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"title", {"督办事项", "Task"}},
        {"detail", {"具体要求", "Detail"}},
        {"source", {"交办来源", "Source"}},
        {"deadline", {"办理时限", "Deadline"}},
        {"assignee", {"承办部门或责任人", "Assignee"}},
        {"body_id", {"承办部门", "Body"}},
        {"staff_id", {"责任人", "Person"}},
        {"progress", {"进度", "Progress"}},
        {"note", {"说明", "Note"}},
    };
    return l;
}

const char* kTaskFrom =
    "FROM office_tasks t JOIN wf_cases c ON c.id = t.case_id JOIN wf_states st ON st.definition_id = "
    "c.definition_id AND st.code = c.state LEFT JOIN bodies b ON b.id = t.body_id LEFT JOIN staff s ON s.id "
    "= "
    "t.staff_id LEFT JOIN users u ON u.id = t.assigned_by WHERE t.committee_id = :c";

const char* kTaskColumns =
    "t.id, t.title, t.source, t.deadline, t.progress, t.completed_on, t.body_id, b.name AS body_name, "
    "t.staff_id, "
    "s.name AS staff_name, u.display_name AS assigned_by, t.case_id, c.state, st.name_zh AS state_name_zh, "
    "st.name_en AS state_name_en, st.is_final, c.version, t.created_at";

nlohmann::json task_row_json(const storage::Row& r, const std::string& today) {
    auto o = r.json();
    const bool open = r.i("is_final") == 0;
    o.erase("is_final");
    o["final"] = !open;
    o["overdue"] = open && r.s("deadline") < today;
    int64_t late = (clock::parse_iso(today) - clock::parse_iso(r.s("deadline"))) / std::chrono::hours(24);
    o["days_overdue"] = o["overdue"].get<bool>() ? late : 0;
    return o;
}

nlohmann::json task_json(storage::Tx& tx, const auth::Principal& me, int64_t id) {
    auto r = tx.one(std::string("SELECT ") + kTaskColumns + ", t.detail " + kTaskFrom + " AND t.id = :id",
                    {{"c", me.committee_id}, {"id", id}});
    if (!r) throw AppError::not_found();
    auto o = task_row_json(*r, clock::today_cst());
    o["case"] = workflow::case_json(tx, me.committee_id, r->i("case_id"), me.permissions);
    return o;
}

}  // namespace zhixie::office::tasks
