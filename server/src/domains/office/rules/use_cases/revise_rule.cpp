#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/rules/rules.hpp"

namespace zhixie::office::rules {

nlohmann::json revise_rule(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t id, const Revision& r) {
    auto tx = db.write();
    auto before = rule_json(tx, me.committee_id, id);
    expect_version(before["version"].get<int64_t>(), r.version);
    if (before["status"] == "abolished")
        throw AppError::conflict("rule_abolished", {{"date", before["abolished_on"]}});
    const auto& previous = before["versions"].back();
    const std::string previous_from = previous["effective_from"].get<std::string>();
    FieldErrors e;
    check::required(e, "body", r.body, 50000);
    // a version cannot come into force before (or on the day) the one it replaces did
    if (check::date(e, "effective_from", r.effective_from, true) && r.effective_from <= previous_from)
        e.add("effective_from", "field_not_after_previous",
              {{"value", r.effective_from}, {"previous", previous_from}});
    max_chars(e, "note", r.note, 500);
    e.throw_if_any(lang, labels());
    const int64_t number = previous["number"].get<int64_t>() + 1;
    const std::string now = clock::now_iso();
    tx.exec(
        "INSERT INTO office_rule_versions (committee_id, rule_id, number, action, body, effective_from, "
        "note, "
        "created_by, created_at) VALUES (:c, :r, :n, 'revise', :body, :from, :note, :by, :now)",
        {{"c", me.committee_id},
         {"r", id},
         {"n", number},
         {"body", r.body},
         {"from", r.effective_from},
         {"note", r.note},
         {"by", me.user_id},
         {"now", now}});
    if (tx.exec("UPDATE office_rules SET version = version + 1, updated_at = :now WHERE id = :id AND version "
                "= :v",
                {{"now", now}, {"id", id}, {"v", r.version}}) == 0)
        throw AppError::conflict("stale_version");
    audit::append(tx, actor, "office_rule.revised", "office_rule", std::to_string(id),
                  {{"number", number}, {"effective_from", r.effective_from}, {"note", r.note}});
    auto out = rule_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::rules
