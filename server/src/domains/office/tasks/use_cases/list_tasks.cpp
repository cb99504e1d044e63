#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/tasks/tasks.hpp"

namespace zhixie::office::tasks {

nlohmann::json list_tasks(storage::Db& db, const auth::Principal& me, const TaskQuery& q) {
    const std::string today = clock::today_cst();
    std::string from = kTaskFrom;
    storage::Params p{{"c", me.committee_id}};
    auto tx = db.read();
    if (!q.state.empty()) {
        from += " AND c.state = :state";
        p.emplace_back("state", q.state);
    }
    for (const auto& [column, value] : {std::pair{"body_id", &q.body_id}, {"staff_id", &q.staff_id}}) {
        if (!*value) continue;
        from += std::string(" AND t.") + column + " = :" + column;
        p.emplace_back(column, **value);
    }
    if (q.overdue) {
        from += " AND st.is_final = 0 AND t.deadline < :today";
        p.emplace_back("today", today);
    }
    if (q.mine) {
        // the caller's own tasks and their body's; someone with no staff record has none
        from +=
            " AND EXISTS (SELECT 1 FROM staff me WHERE me.committee_id = t.committee_id AND me.user_id = :me "
            "AND "
            "(me.id = t.staff_id OR me.body_id = t.body_id))";
        p.emplace_back("me", me.user_id);
    }
    return page_of(tx, kTaskColumns, from, "st.is_final, t.deadline, t.id", p, q.page, q.page_size,
                   [&today](const storage::Row& r) { return task_row_json(r, today); });
}

nlohmann::json get_task(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return task_json(tx, me, id);
}

nlohmann::json overdue_tasks(storage::Db& db, const auth::Principal& me) {
    TaskQuery q;
    q.overdue = true;
    q.page_size = 100000;  // the whole list: it is what the office must act on
    auto out = list_tasks(db, me, q);
    out["today"] = clock::today_cst();
    return out;
}

}  // namespace zhixie::office::tasks
