#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::duty {

nlohmann::json rules_response(storage::Tx& tx, int64_t committee_id, int64_t year) {
    const StoredRules s = load_rules(tx, committee_id, year);
    nlohmann::json kinds = nlohmann::json::array();
    for (auto k : all_kinds())
        kinds.push_back({{"kind", k},
                         {"name_zh", kind_name(k, Lang::zh)},
                         {"name_en", kind_name(k, Lang::en)},
                         {"self_report", self_reportable(k)}});
    return {{"year", year},
            {"version", s.version},
            {"custom", s.custom},
            {"updated_at", s.updated_at},
            {"rules", to_json(s.rules)},
            {"kinds", kinds},
            {"joint_splits", kJointSplits}};
}

nlohmann::json get_rules(storage::Db& db, const auth::Principal& me, int64_t year) {
    auto tx = db.read();
    return rules_response(tx, me.committee_id, year);
}

}  // namespace zhixie::duty
