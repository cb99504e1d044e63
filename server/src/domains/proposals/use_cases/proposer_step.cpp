#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// The proposer's own transitions: submit, withdraw from co-signing, resubmit after revision.
nlohmann::json proposer_step(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const Step& s, const std::string& transition) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.id);
    if (!is_proposer(who, p)) throw AppError::forbidden();
    if (transition != "withdraw") {
        auto r = tx.one("SELECT title, content, category FROM proposals WHERE id = :id", {{"id", p.id}});
        FieldErrors e;
        check::required(e, "title", r->s("title"), 100);
        check::required(e, "content", r->s("content"), 20000);
        e.throw_if_any(lang, labels());
    }
    fire(tx, who, actor, p, transition, s);
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
