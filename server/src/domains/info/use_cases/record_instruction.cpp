#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/info/info.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::info {

nlohmann::json record_instruction(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, int64_t id, const Instruction& i) {
    auto tx = db.write();
    auto it = load_item(tx, me.committee_id, id);
    expect_version(it, i.version);
    if (it.state != "adopted") throw AppError::conflict("info_item_not_adopted");
    FieldErrors e;
    check::required(e, "leader", i.leader, 50);
    check::one_of(e, "leader_level", i.level, kLeaderLevels);
    check::required(e, "text", i.text, 2000);
    check_not_future(e, "instructed_on", i.instructed_on);
    e.throw_if_any(lang, labels());
    const int64_t points = points_for(score_table(tx, me.committee_id), "instruction");
    int64_t row = tx.insert(
        "INSERT INTO info_instructions (committee_id, item_id, leader, level, text, instructed_on, points, "
        "created_by, created_at) VALUES (:c, :i, :who, :l, :t, :d, :p, :u, :now) RETURNING id",
        {{"c", me.committee_id},
         {"i", id},
         {"who", i.leader},
         {"l", i.level},
         {"t", i.text},
         {"d", i.instructed_on},
         {"p", points},
         {"u", me.user_id},
         {"now", clock::now_iso()}});
    for (int64_t m : submitters(tx, me.committee_id, id))
        duty::record(
            tx, {me.committee_id,
                 m,
                 duty::kind::info_adopted,
                 "info_instruction",
                 row,
                 i.instructed_on,
                 "社情民意信息《" + it.title + "》获" + i.leader + "批示",
                 1.0,
                 "confirmed",
                 {{"level", "instruction"}, {"leader_level", i.level}, {"points", points}, {"item_id", id}}});
    touch(tx, id);
    audit::append(tx, actor, "info_item.instructed", "info_item", std::to_string(id),
                  {{"leader", i.leader}, {"level", i.level}, {"points", points}});
    auto out = item_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::info
