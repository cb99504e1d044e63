#include "domains/consultation/topics/topic_record.hpp"

namespace zhixie::consultation {

nlohmann::json list_topics(storage::Db& db, const auth::Principal& me, int year, const std::string& state) {
    auto tx = db.read();
    std::string sql = std::string("SELECT ") + kTopicColumns + " " + kTopicFrom + " AND t.year = :y";
    storage::Params p = {{"c", me.committee_id}, {"y", year}};
    if (!state.empty()) {
        sql += " AND c.state = :s";
        p.emplace_back("s", state);
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query(sql + " ORDER BY t.id", p))
        items.push_back(topic_row_json(r));
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json get_topic(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return topic_json(tx, me, id);
}

}  // namespace zhixie::consultation
