#include <algorithm>

#include <fmt/format.h>

#include "domains/office/care/care.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::care {

namespace {
// Earlier events still waiting for a letter stay on the list this long.
constexpr int kCarryOverMonths = 3;

}  // namespace

nlohmann::json todo_items(storage::Tx& tx, const auth::Principal& me, const std::string& month) {
    const auto [first, last] = month_days(month);
    const int year = std::stoi(month.substr(0, 4));
    nlohmann::json items = nlohmann::json::array();
    for (const auto& s : tx.query(
             "SELECT s.id, s.name, s.birth_date, s.status, b.name AS body_name, (SELECT MIN(d.event_date) "
             "FROM "
             "office_care_events d WHERE d.staff_id = s.id AND d.kind = 'death') AS died_on FROM staff s "
             "LEFT JOIN "
             "bodies b ON b.id = s.body_id WHERE s.committee_id = :c AND s.status IN ('在职', '退休') AND "
             "s.birth_date LIKE :mm ORDER BY s.birth_date",
             {{"c", me.committee_id}, {"mm", "____-" + month.substr(5, 2) + "-__"}})) {
        const std::string day = birthday_in(s.s("birth_date"), year);
        if (s.opt_s("died_on") && s.s("died_on") <= day) continue;
        auto letter =
            tx.one("SELECT id, created_at FROM office_letters WHERE committee_id = :c AND event_key = :k",
                   {{"c", me.committee_id}, {"k", fmt::format("birthday:{}:{}", s.i("id"), year)}});
        items.push_back(
            {{"type", "birthday"},
             {"kind", "birthday"},
             {"kind_name", kind_name("birthday")},
             {"staff_id", s.i("id")},
             {"name", s.s("name")},
             {"body_name", s.s("body_name")},
             {"staff_status", s.s("status")},
             {"date", day},
             {"age", year - std::stoi(s.s("birth_date").substr(0, 4))},
             {"event_id", nullptr},
             {"detail", ""},
             {"letter_id", letter ? nlohmann::json(letter->i("id")) : nlohmann::json()},
             {"letter_written_at", letter ? nlohmann::json(letter->s("created_at")) : nlohmann::json()},
             {"overdue", false}});
    }
    for (const auto& ev : tx.query(
             "SELECT e.id, e.staff_id, s.name, s.status, b.name AS body_name, e.kind, e.event_date, "
             "e.detail, l.id AS "
             "letter_id, l.created_at AS letter_written_at FROM office_care_events e JOIN staff s ON s.id = "
             "e.staff_id LEFT JOIN bodies b ON b.id = s.body_id LEFT JOIN office_letters l ON "
             "l.care_event_id = e.id "
             "WHERE e.committee_id = :c AND ((e.event_date BETWEEN :first AND :last) OR (l.id IS NULL AND "
             "e.event_date >= :since AND e.event_date < :first)) ORDER BY e.event_date, e.id",
             {{"c", me.committee_id},
              {"first", first},
              {"last", last},
              {"since", add_months(month, -kCarryOverMonths) + "-01"}}))
        items.push_back({{"type", "event"},
                         {"kind", ev.s("kind")},
                         {"kind_name", kind_name(ev.s("kind"))},
                         {"staff_id", ev.i("staff_id")},
                         {"name", ev.s("name")},
                         {"body_name", ev.s("body_name")},
                         {"staff_status", ev.s("status")},
                         {"date", ev.s("event_date")},
                         {"age", nullptr},
                         {"event_id", ev.i("id")},
                         {"detail", ev.s("detail")},
                         {"letter_id", ev.json()["letter_id"]},
                         {"letter_written_at", ev.json()["letter_written_at"]},
                         {"overdue", ev.s("event_date") < first}});
    std::stable_sort(items.begin(), items.end(),
                     [](const nlohmann::json& a, const nlohmann::json& b) { return a["date"] < b["date"]; });
    return items;
}

nlohmann::json care_todo(storage::Db& db, const auth::Principal& me, const std::string& month) {
    auto tx = db.read();
    auto items = todo_items(tx, me, month);
    int64_t waiting = 0;
    for (const auto& i : items)
        waiting += i["letter_id"].is_null() ? 1 : 0;
    return {{"month", month}, {"items", items}, {"total", items.size()}, {"waiting", waiting}};
}

}  // namespace zhixie::office::care
