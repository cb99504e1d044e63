#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// 重点提案: the chair meeting picks a few accepted proposals a year, each supervised by leading leaders
// (领衔督办: the Party secretary, the mayor, the chair…).
nlohmann::json mark_key(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                        int64_t id, bool key, const std::vector<std::string>& leaders,
                        const std::string& note) {
    FieldErrors e;
    if (key && leaders.empty()) e.add("leaders", "field_required");
    for (const auto& l : leaders)
        check::required(e, "leaders", l, 40);
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, id);
    auto before = tx.one("SELECT number, is_key, key_leaders FROM proposals WHERE id = :id", {{"id", id}});
    if (before->is_null("number") || p.merged_into) require_state(tx, who, p, {"accepted"});
    const std::string list = key ? nlohmann::json(leaders).dump() : "";
    tx.exec("UPDATE proposals SET is_key = :k, key_leaders = :l, updated_at = :now WHERE id = :id",
            {{"k", int64_t{key}}, {"l", list}, {"now", clock::now_iso()}, {"id", id}});
    record(tx, actor, key ? "marked_key" : "unmarked_key", id,
           {{"before", {{"is_key", before->i("is_key") != 0}, {"leaders", before->s("key_leaders")}}},
            {"after", {{"is_key", key}, {"leaders", list}}},
            {"note", note}});
    auto out = proposal_json(tx, who, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
