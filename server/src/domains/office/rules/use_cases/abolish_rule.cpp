#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/rules/rules.hpp"

namespace zhixie::office::rules {

nlohmann::json abolish_rule(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t id, const Abolition& a) {
    auto tx = db.write();
    auto before = rule_json(tx, me.committee_id, id);
    expect_version(before["version"].get<int64_t>(), a.version);
    if (before["status"] == "abolished")
        throw AppError::conflict("rule_abolished", {{"date", before["abolished_on"]}});
    const std::string current_from = before["versions"].back()["effective_from"].get<std::string>();
    FieldErrors e;
    if (check::date(e, "abolished_on", a.abolished_on, true) && a.abolished_on < current_from)
        e.add("abolished_on", "field_before_previous",
              {{"value", a.abolished_on}, {"previous", current_from}});
    max_chars(e, "reason", a.reason, 500);
    e.throw_if_any(lang, labels());
    if (tx.exec("UPDATE office_rules SET status = 'abolished', abolished_on = :d, abolish_reason = :why, "
                "version = "
                "version + 1, updated_at = :now WHERE id = :id AND version = :v",
                {{"d", a.abolished_on},
                 {"why", a.reason},
                 {"now", clock::now_iso()},
                 {"id", id},
                 {"v", a.version}}) == 0)
        throw AppError::conflict("stale_version");
    audit::append(tx, actor, "office_rule.abolished", "office_rule", std::to_string(id),
                  {{"abolished_on", a.abolished_on}, {"reason", a.reason}});
    auto out = rule_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::rules
