#include <set>

#include "core/clock.hpp"
#include "domains/conversion/conversion.hpp"
#include "domains/office/common.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::conversion {

void assign_report(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
                   const Assignment& a) {
    const Report r = visible(tx, who, id);
    FieldErrors e;
    office::max_chars(e, "vice_mayor", a.vice_mayor, 60);
    office::max_chars(e, "note", a.note, 1000);
    const std::string today = clock::today_cst();
    if (check::date(e, "deadline", a.deadline, false) && !a.deadline.empty() && a.deadline < today)
        e.add("deadline", "field_date_in_past", {{"value", a.deadline}, {"today", today}});
    if (a.unit_ids.empty() && a.vice_mayor.empty()) e.add("assignees", "field_required");
    const std::set<int64_t> units(a.unit_ids.begin(), a.unit_ids.end());
    for (int64_t u : units)
        if (!tx.one("SELECT id FROM units WHERE id = :u AND committee_id = :c",
                    {{"u", u}, {"c", who.committee()}}))
            e.add("unit_ids", "field_unknown_ref", {{"value", u}});
    e.throw_if_any(lang, labels());
    fire(tx, who, actor, r, "assign", a.version, a.note);
    const std::string now = clock::now_iso();
    auto add = [&](const char* target, storage::Value unit, const std::string& leader) {
        tx.exec(
            "INSERT INTO conversion_assignments (committee_id, report_id, target, unit_id, leader_name, "
            "deadline, "
            "assigned_by, assigned_at) VALUES (:c, :r, :t, :u, :l, :dl, :by, :now)",
            {{"c", who.committee()},
             {"r", id},
             {"t", std::string(target)},
             {"u", unit},
             {"l", leader},
             {"dl", office::nullable(a.deadline)},
             {"by", who.me.user_id ? storage::Value(who.me.user_id) : storage::Value{}},
             {"now", now}});
    };
    std::vector<int64_t> users;
    for (int64_t u : units) {
        add("unit", u, "");
        for (const auto& row : tx.query("SELECT user_id FROM user_units WHERE unit_id = :u", {{"u", u}}))
            users.push_back(row.i("user_id"));
    }
    if (!a.vice_mayor.empty()) add("vice_mayor", storage::Value{}, a.vice_mayor);
    notify::send(tx,
                 {who.committee(), "conversion_assigned", "成果转化交办：" + r.title,
                  a.note.empty() ? "请签收承办，并按时反馈办理情况。" : a.note,
                  "/conversion/reports/" + std::to_string(id), std::nullopt},
                 users);
    record(tx, actor, "assigned", id,
           {{"unit_ids", std::vector<int64_t>(units.begin(), units.end())}, {"vice_mayor", a.vice_mayor}});
}

}  // namespace zhixie::conversion
