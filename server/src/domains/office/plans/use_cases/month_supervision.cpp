#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::office::plans {

namespace {

struct Counts {
    int64_t total = 0, done = 0, on_time = 0, late = 0, open = 0, overdue = 0;
    void add(const nlohmann::json& i) {
        ++total;
        if (i["status"] == "done") {
            ++done;
            ++(i["on_time"].get<bool>() ? on_time : late);
        } else {
            ++open;
            overdue += i["overdue"].get<bool>() ? 1 : 0;
        }
    }
    nlohmann::json json() const {
        return {{"total", total},
                {"done", done},
                {"on_time", on_time},
                {"late", late},
                {"open", open},
                {"overdue", overdue},
                {"rate", total == 0 ? 0.0 : static_cast<double>(done * 1000 / total) / 10.0}};
    }
};

}  // namespace

nlohmann::json supervision_in(storage::Tx& tx, const auth::Principal& me, const std::string& month) {
    if (!is_month(month)) throw AppError::invalid_field("month", "YYYY-MM");
    const auto [first, last] = month_days(month);
    const std::string today = clock::today_cst();
    nlohmann::json bodies = nlohmann::json::array();
    Counts all, body;
    nlohmann::json current;
    auto close_body = [&] {
        if (current.is_null()) return;
        current.update(body.json());
        bodies.push_back(current);
        body = Counts{};
    };
    for (const auto& r : tx.query(
             "SELECT i.id, i.plan_id, p.kind, p.period, p.body_id, b.name AS body_name, i.content, "
             "i.owner_staff_id, "
             "s.name AS owner_name, i.due_date, i.status, i.done_on, i.result, i.supervision, i.version FROM "
             "office_plan_items i JOIN office_plans p ON p.id = i.plan_id JOIN bodies b ON b.id = p.body_id "
             "LEFT JOIN "
             "staff s ON s.id = i.owner_staff_id WHERE i.committee_id = :c AND i.due_date BETWEEN :first AND "
             ":last AND "
             "i.status <> 'cancelled' ORDER BY b.sort, p.body_id, i.due_date, i.id",
             {{"c", me.committee_id}, {"first", first}, {"last", last}})) {
        auto item = r.json();
        const bool done = r.s("status") == "done";
        item["on_time"] = done && r.s("done_on") <= r.s("due_date");
        item["overdue"] = !done && r.s("due_date") < today;
        if (current.is_null() || current["body_id"] != item["body_id"]) {
            close_body();
            current = {{"body_id", item["body_id"]},
                       {"body_name", item["body_name"]},
                       {"items", nlohmann::json::array()}};
        }
        current["items"].push_back(item);
        body.add(item);
        all.add(item);
    }
    close_body();
    return {{"month", month}, {"from", first}, {"to", last}, {"totals", all.json()}, {"bodies", bodies}};
}

nlohmann::json month_supervision(storage::Db& db, const auth::Principal& me, const std::string& month) {
    auto tx = db.read();
    return supervision_in(tx, me, month);
}

}  // namespace zhixie::office::plans
