#include "domains/proposals/access.hpp"

namespace zhixie::proposals {

nlohmann::json get_proposal(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto who = caller_of(tx, me);
    return proposal_json(tx, who, id);
}

}  // namespace zhixie::proposals
