#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/office/common.hpp"

namespace zhixie::duty {

nlohmann::json update_rules(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t year, int64_t version, const nlohmann::json& body) {
    const Rules rules = rules_from_json(body);
    FieldErrors e;
    validate(rules, e);
    e.throw_if_any(lang, rule_labels());
    auto tx = db.write();
    const StoredRules before = load_rules(tx, me.committee_id, year);
    office::expect_version(before.version, version);
    const std::string now = clock::now_iso();
    const std::string text = to_json(rules).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    storage::Params p{{"c", me.committee_id}, {"y", year}, {"r", text}, {"by", me.user_id}, {"now", now}};
    if (before.custom) {
        p.emplace_back("v", version);
        if (tx.exec("UPDATE duty_rules SET rules = :r, version = version + 1, updated_by = :by, updated_at = "
                    ":now "
                    "WHERE committee_id = :c AND year = :y AND version = :v",
                    p) == 0)
            throw AppError::conflict("stale_version");
    } else {
        tx.exec(
            "INSERT INTO duty_rules (committee_id, year, rules, updated_by, created_at, updated_at) VALUES "
            "(:c, :y, "
            ":r, :by, :now, :now)",
            p);
    }
    const int64_t scored = recompute(tx, me.committee_id, year);
    audit::append(tx, actor, "duty.rules_updated", "duty_rules", std::to_string(year),
                  {{"before", to_json(before.rules)}, {"after", to_json(rules)}, {"members_scored", scored}});
    auto out = rules_response(tx, me.committee_id, year);
    out["members_scored"] = scored;
    tx.commit();
    return out;
}

}  // namespace zhixie::duty
