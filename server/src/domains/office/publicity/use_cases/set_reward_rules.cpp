#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/publicity/publicity.hpp"

namespace zhixie::office::publicity {

nlohmann::json set_reward_rules(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                Lang lang, const std::map<std::string, int64_t>& amounts) {
    FieldErrors e;
    if (amounts.empty()) e.add("amounts", "field_required");
    for (const auto& [level, amount] : amounts) {
        check::one_of(e, "amounts", level, kLevels);
        if (amount < 0 || amount > 1000000)
            e.add("amounts", "field_out_of_range", {{"value", amount}, {"max", 1000000}});
    }
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    nlohmann::json before = nlohmann::json::object();
    const std::string now = clock::now_iso();
    for (const auto& [level, amount] : amounts) {
        before[level] = reward_for(tx, me.committee_id, level);
        if (tx.exec("UPDATE office_reward_rules SET amount = :a, updated_at = :now WHERE committee_id = :c "
                    "AND level "
                    "= :l",
                    {{"a", amount}, {"now", now}, {"c", me.committee_id}, {"l", level}}) == 0)
            tx.exec(
                "INSERT INTO office_reward_rules (committee_id, level, amount, updated_at) VALUES (:c, :l, "
                ":a, :now)",
                {{"c", me.committee_id}, {"l", level}, {"a", amount}, {"now", now}});
    }
    audit::append(tx, actor, "office_reward_rules.updated", "office_reward_rules",
                  std::to_string(me.committee_id), {{"before", before}, {"after", amounts}});
    tx.commit();
    return reward_rules(db, me);
}

}  // namespace zhixie::office::publicity
