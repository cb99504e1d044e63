#include "domains/proposals/access.hpp"

namespace zhixie::proposals {

// Staff close a case whose reply is reviewed when the proposers' feedback is not coming (办结).
nlohmann::json close_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              const Step& s) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.id);
    fire(tx, who, actor, p, "close", s);
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
