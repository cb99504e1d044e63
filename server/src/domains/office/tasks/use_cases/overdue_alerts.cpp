// The timed job "office_task_overdue" (issue 7, supervised tasks): when an open task passes its deadline, the
// person it is assigned to (or, for a task given to a body, that body's serving staff with a sign-in) and the
// leader who assigned it are told in the app, once per deadline (an extension that is missed again alerts
// again).
#include <fmt/format.h>

#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/tasks/tasks.hpp"
#include "services/jobs/jobs.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::office::tasks {

namespace {

std::vector<int64_t> recipients(storage::Tx& tx, int64_t committee_id, const storage::Row& t) {
    std::vector<int64_t> users;
    const bool person = !t.is_null("staff_id");
    storage::Params p{{"c", committee_id}, {"who", person ? t.i("staff_id") : t.i("body_id")}};
    for (const auto& r :
         tx.query(std::string("SELECT s.user_id FROM staff s WHERE s.committee_id = :c AND ") +
                      (person ? "s.id = :who" : "s.body_id = :who") +
                      " AND s.status = '在职' AND s.user_id IS NOT NULL ORDER BY s.user_id",
                  p))
        users.push_back(r.i("user_id"));
    if (!t.is_null("assigned_by")) users.push_back(t.i("assigned_by"));
    return users;
}

int64_t alert_committee(storage::Tx& tx, int64_t committee_id) {
    int64_t sent = 0;
    const std::string today = clock::today_cst();
    for (const auto& t : tx.query(
             "SELECT t.id, t.title, t.deadline, t.staff_id, t.body_id, t.assigned_by, s.name AS staff_name, "
             "b.name AS body_name FROM office_tasks t JOIN wf_cases c ON c.id = t.case_id JOIN wf_states st "
             "ON "
             "st.definition_id = c.definition_id AND st.code = c.state LEFT JOIN staff s ON s.id = "
             "t.staff_id "
             "LEFT JOIN bodies b ON b.id = t.body_id WHERE t.committee_id = :c AND st.is_final = 0 AND "
             "t.deadline < :today ORDER BY t.id",
             {{"c", committee_id}, {"today", today}})) {
        const std::string assignee = t.is_null("staff_id") ? t.s("body_name") : t.s("staff_name");
        notify::Message m{
            committee_id,
            "task_overdue",
            "督办事项已超期",
            fmt::format("“{}”的办理时限为{}，已超期{}天，承办：{}。", t.s("title"), cn_date(t.s("deadline")),
                        -jobs::days_from_today(t.s("deadline")), assignee),
            fmt::format("/office/tasks/{}", t.i("id")),
            fmt::format("task_overdue:{}:{}", t.i("id"), t.s("deadline"))};
        sent += notify::send(tx, m, recipients(tx, committee_id, t));
    }
    return sent;
}

[[maybe_unused]] const bool kRegistered = [] {
    jobs::register_job({"office_task_overdue", "督查督办事项超期提醒", std::chrono::hours(1),
                        [](storage::Db& db) { return jobs::per_committee(db, alert_committee); }});
    return true;
}();

}  // namespace

}  // namespace zhixie::office::tasks
