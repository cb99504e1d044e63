#include <set>

#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// A joint proposal (联名): the proposer invites members, who confirm or decline while the co-signing
// window (the workflow's deadline for 征集联名) is open. Inviting more later keeps the same window.
nlohmann::json invite_cosigners(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                Lang lang, const Step& s, const std::vector<int64_t>& members,
                                bool on_paper) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.id);
    if (!is_proposer(who, p) || (on_paper && !who.staff)) throw AppError::forbidden();
    require_state(tx, who, p, {"draft", "cosigning"});
    FieldErrors e;
    if (members.empty()) e.add("members", "field_required");
    std::set<int64_t> seen;
    for (int64_t m : members)
        if (m == p.lead_member_id || !seen.insert(m).second || !is_current_member(tx, me.committee_id, m))
            e.add("members", "field_unknown_ref", {{"value", m}});
    e.throw_if_any(lang, labels());
    if (p.state == "draft") fire(tx, who, actor, p, "invite_cosigners", s);
    const std::string now = clock::now_iso();
    for (int64_t m : members) {
        storage::Params k{{"c", me.committee_id}, {"p", p.id}, {"m", m}, {"now", now}};
        if (tx.exec("UPDATE proposal_signers SET status = 'invited', invited_at = :now, responded_at = NULL "
                    "WHERE "
                    "proposal_id = :p AND member_id = :m AND committee_id = :c AND status <> 'confirmed'",
                    k) == 0 &&
            !tx.one("SELECT id FROM proposal_signers WHERE proposal_id = :p AND member_id = :m",
                    {{"p", p.id}, {"m", m}}))
            tx.exec(
                "INSERT INTO proposal_signers (committee_id, proposal_id, member_id, role, status, "
                "invited_at) "
                "VALUES (:c, :p, :m, 'cosigner', 'invited', :now)",
                k);
    }
    record(tx, actor, on_paper ? "cosigners_signed_on_paper" : "cosigners_invited", p.id,
           {{"members", members}});
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
