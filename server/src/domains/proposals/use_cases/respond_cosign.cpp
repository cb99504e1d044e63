#include "core/clock.hpp"
#include "domains/proposals/access.hpp"

namespace zhixie::proposals {

nlohmann::json respond_cosign(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              int64_t id, bool accept) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, id);
    auto invite = tx.one("SELECT id, status FROM proposal_signers WHERE proposal_id = :p AND member_id = :m",
                         {{"p", id}, {"m", who.member_id.value_or(0)}});
    if (!invite) throw AppError::not_found();  // not invited: nothing to answer
    require_state(tx, who, p, {"cosigning"});
    if (invite->s("status") != "invited") throw AppError::conflict("cosign_already_answered");
    const std::string now = clock::now_iso();
    auto due = tx.one("SELECT due_at FROM wf_cases WHERE id = :case", {{"case", p.case_id}});
    if (due && !due->is_null("due_at") && due->s("due_at") < now)
        throw AppError::conflict("cosign_window_closed", {{"due_at", due->s("due_at")}});
    tx.exec("UPDATE proposal_signers SET status = :s, responded_at = :now WHERE id = :id",
            {{"s", std::string(accept ? "confirmed" : "declined")}, {"now", now}, {"id", invite->i("id")}});
    record(tx, actor, accept ? "cosign_confirmed" : "cosign_declined", id, {{"member", *who.member_id}});
    auto out = proposal_json(tx, who, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
