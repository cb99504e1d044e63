#include "core/clock.hpp"
#include "domains/conversion/conversion.hpp"
#include "workflow/engine.hpp"

namespace zhixie::conversion {

void instruct_report(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
                     const Instruction& i) {
    const Report r = visible(tx, who, id);
    FieldErrors e;
    check::required(e, "text", i.text, 2000);
    const std::string today = clock::today_cst();
    const std::string on = i.signed_on.empty() ? today : i.signed_on;
    if (check::date(e, "signed_on", on, true) && on > today)
        e.add("signed_on", "field_date_in_future", {{"value", on}, {"today", today}});
    e.throw_if_any(lang, labels());
    // the engine checks the state and that the caller holds conversion:report:instruct (leaders)
    fire(tx, who, actor, r, "instruct", i.version, i.text);
    const std::string leader = who.me.display_name.empty()
                                   ? (who.me.username.empty() ? actor.name : who.me.username)
                                   : who.me.display_name;
    tx.exec(
        "INSERT INTO conversion_instructions (committee_id, report_id, leader_user_id, leader_name, text, "
        "signed_on, created_at) VALUES (:c, :r, :u, :n, :t, :on, :now)",
        {{"c", who.committee()},
         {"r", id},
         {"u", who.me.user_id ? storage::Value(who.me.user_id) : storage::Value{}},
         {"n", leader},
         {"t", i.text},
         {"on", on},
         {"now", clock::now_iso()}});
    record(tx, actor, "instructed", id, {{"leader", leader}, {"signed_on", on}});
}

}  // namespace zhixie::conversion
