#include <set>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/members/members.hpp"

namespace zhixie::members {

nlohmann::json list_terms(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT t.id, t.number, t.name, t.start_date, t.end_date, t.is_current, "
                                  "(SELECT COUNT(*) FROM members m "
                                  "WHERE m.term_id = t.id AND m.status = '在任') AS serving FROM terms t "
                                  "WHERE t.committee_id = :c ORDER BY "
                                  "t.number DESC",
                                  {{"c", me.committee_id}})) {
        auto o = r.json();
        o["is_current"] = r.i("is_current") != 0;
        o["serving"] = r.i("serving");  // an expression: SQLite may give it as text
        items.push_back(o);
    }
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json roll_over_term(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const NewTerm& t) {
    FieldErrors e;
    check::date(e, "start_date", t.start_date, true);
    check::required(e, "name", t.name, 40);
    static const FieldLabels term_labels = {{"start_date", {"开始日期", "Start date"}},
                                            {"name", {"届次名称", "Term name"}},
                                            {"number", {"届次", "Term number"}}};
    auto tx = db.write();
    auto cur = tx.one("SELECT id, number, start_date FROM terms WHERE committee_id = :c AND is_current = 1",
                      {{"c", me.committee_id}});
    if (cur && t.number <= cur->i("number")) e.add("number", "field_invalid_choice", {{"value", t.number}});
    if (cur && !t.start_date.empty() && t.start_date <= cur->s("start_date"))
        e.add("start_date", "field_dates_out_of_order");
    e.throw_if_any(lang, term_labels);

    int64_t term_id = tx.insert(
        "INSERT INTO terms (committee_id, number, name, start_date, is_current) VALUES (:c, :n, :name, :d, "
        "0) "
        "RETURNING id",
        {{"c", me.committee_id}, {"n", t.number}, {"name", t.name}, {"d", t.start_date}});
    int64_t carried = 0, ended = 0;
    if (cur) {
        const int64_t old = cur->i("id");
        std::set<int64_t> continuing(t.continuing.begin(), t.continuing.end());
        for (const auto& r :
             tx.query("SELECT id, person_uid, user_id FROM members WHERE term_id = :t AND status = '在任'",
                      {{"t", old}})) {
            if (!continuing.count(r.i("id"))) continue;
            auto m = member_json(tx, me.committee_id, r.i("id"));
            MemberFields f = fields_from_json(m);  // a member record reads as its own input
            f.status = "在任";
            f.status_date.clear();
            int64_t id = insert_member(tx, me.committee_id, term_id, r.s("person_uid"), f);
            if (!r.is_null("user_id"))
                tx.exec("UPDATE members SET user_id = :u WHERE id = :id",
                        {{"u", r.i("user_id")}, {"id", id}});
            ++carried;
        }
        ended = tx.exec(
            "UPDATE members SET status = '届满', status_date = :d, version = version + 1, updated_at = :now "
            "WHERE "
            "term_id = :t AND status = '在任'",
            {{"d", t.start_date}, {"now", clock::now_iso()}, {"t", old}});
        tx.exec("UPDATE terms SET is_current = 0, end_date = :d WHERE id = :t",
                {{"d", t.start_date}, {"t", old}});
    }
    tx.exec("UPDATE terms SET is_current = 1 WHERE id = :t", {{"t", term_id}});
    audit::append(tx, actor, "term.rolled_over", "term", std::to_string(term_id),
                  {{"name", t.name}, {"carried_over", carried}, {"ended", ended}});
    tx.commit();
    return {{"id", term_id}, {"name", t.name}, {"carried_over", carried}, {"ended", ended}};
}

}  // namespace zhixie::members
