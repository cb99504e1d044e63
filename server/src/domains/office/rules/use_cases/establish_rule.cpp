#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/rules/rules.hpp"

namespace zhixie::office::rules {

nlohmann::json establish_rule(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const NewRule& r) {
    auto tx = db.write();
    FieldErrors e;
    check_heading(tx, me.committee_id, r.title, r.category, r.doc_number, 0, e);
    check::required(e, "body", r.body, 50000);
    check::date(e, "effective_from", r.effective_from, true);
    max_chars(e, "note", r.note, 500);
    e.throw_if_any(lang, labels());
    const std::string now = clock::now_iso();
    int64_t id = tx.insert(
        "INSERT INTO office_rules (committee_id, title, category, doc_number, sort, created_at, updated_at) "
        "VALUES "
        "(:c, :t, :cat, :doc, :sort, :now, :now) RETURNING id",
        {{"c", me.committee_id},
         {"t", r.title},
         {"cat", r.category},
         {"doc", r.doc_number},
         {"sort", r.sort},
         {"now", now}});
    tx.exec(
        "INSERT INTO office_rule_versions (committee_id, rule_id, number, action, body, effective_from, "
        "note, "
        "created_by, created_at) VALUES (:c, :r, 1, 'establish', :body, :from, :note, :by, :now)",
        {{"c", me.committee_id},
         {"r", id},
         {"body", r.body},
         {"from", r.effective_from},
         {"note", r.note},
         {"by", me.user_id},
         {"now", now}});
    audit::append(
        tx, actor, "office_rule.established", "office_rule", std::to_string(id),
        {{"after", {{"title", r.title}, {"category", r.category}, {"effective_from", r.effective_from}}}});
    auto out = rule_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::rules
