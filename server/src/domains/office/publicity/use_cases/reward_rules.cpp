#include "domains/office/publicity/publicity.hpp"

namespace zhixie::office::publicity {

nlohmann::json reward_rules(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& level : kLevels) {
        auto r = tx.one(
            "SELECT amount, updated_at FROM office_reward_rules WHERE committee_id = :c AND level = :l",
            {{"c", me.committee_id}, {"l", level}});
        items.push_back({{"level", level},
                         {"amount", r ? r->i("amount") : 0},
                         {"updated_at", r ? nlohmann::json(r->s("updated_at")) : nlohmann::json()}});
    }
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::office::publicity
