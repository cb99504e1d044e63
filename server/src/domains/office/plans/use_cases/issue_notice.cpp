#include <fmt/format.h>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::office::plans {

namespace {

nlohmann::json task_rows(storage::Tx& tx, int64_t committee_id, const std::string& where,
                         const storage::Params& p) {
    storage::Params params = p;
    params.emplace_back("c", committee_id);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT t.id, t.title, t.deadline, t.completed_on, t.progress, b.name AS body_name, s.name AS "
             "staff_name, st.name_zh AS state_name FROM office_tasks t JOIN wf_cases c ON c.id = t.case_id "
             "JOIN "
             "wf_states st ON st.definition_id = c.definition_id AND st.code = c.state LEFT JOIN bodies b ON "
             "b.id = "
             "t.body_id LEFT JOIN staff s ON s.id = t.staff_id WHERE t.committee_id = :c AND " +
                 where + " ORDER BY t.deadline, t.id",
             params))
        items.push_back(r.json());
    return items;
}

}  // namespace

nlohmann::json issue_notice_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                               const std::string& month) {
    auto plans = supervision_in(tx, me, month);  // 400 for a malformed month
    if (tx.one("SELECT id FROM office_notices WHERE committee_id = :c AND month = :m",
               {{"c", me.committee_id}, {"m", month}}))
        throw AppError::conflict("notice_exists", {{"month", month}});
    const std::string today = clock::today_cst();
    const auto [first, last] = month_days(month);
    // supervised tasks: reported done in the month, and still open past their deadline on the day of issue
    auto completed = task_rows(tx, me.committee_id, "t.completed_on BETWEEN :first AND :last",
                               {{"first", first}, {"last", last}});
    auto overdue =
        task_rows(tx, me.committee_id, "st.is_final = 0 AND t.deadline < :today", {{"today", today}});
    const auto& t = plans["totals"];
    const std::string cn_month = fmt::format("{}年{}月", month.substr(0, 4), std::stoi(month.substr(5, 2)));
    std::string summary = fmt::format(
        "{}，机关各部门共安排工作事项{}项，已完成{}项（其中按时完成{}项），未完成{}项（其中已超时限{}"
        "项），完成率{}%。"
        "督查督办事项本月报结{}项，截至{}超期未办结{}项。",
        cn_month, t["total"].get<int64_t>(), t["done"].get<int64_t>(), t["on_time"].get<int64_t>(),
        t["open"].get<int64_t>(), t["overdue"].get<int64_t>(), t["rate"].get<double>(), completed.size(),
        cn_date(today), overdue.size());
    nlohmann::json content = {{"summary", summary},
                              {"issued_on", today},
                              {"plans", plans},
                              {"tasks", {{"completed", completed}, {"overdue", overdue}}}};
    const std::string title = me.committee_name + "机关" + cn_month + "工作通报";
    int64_t id = tx.insert(
        "INSERT INTO office_notices (committee_id, month, title, content, created_by, created_at) VALUES "
        "(:c, :m, :t, "
        ":content, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"m", month},
         {"t", title},
         {"content", content.dump()},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    audit::append(tx, actor, "office_notice.issued", "office_notice", std::to_string(id),
                  {{"month", month}, {"totals", t}});
    return {{"id", id}, {"month", month}, {"title", title}, {"content", content}};
}

nlohmann::json issue_notice(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                            const std::string& month) {
    auto tx = db.write();
    auto out = issue_notice_in(tx, me, actor, month);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::plans
