#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// A supervision note (督办情况) by a leading leader or staff, or a "回头看" review of a closed case.
nlohmann::json add_supervision_note(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                    Lang lang, int64_t id, const std::string& kind, const std::string& text) {
    FieldErrors e;
    check::one_of(e, "kind", kind, {"note", "review"});
    check::required(e, "text", text, 5000);
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, id);
    if (kind == "review")
        require_state(tx, who, p, {"closed"});
    else
        require_state(tx, who, p,
                      {"accepted", "assigned", "objection", "handling", "replied", "reply_reviewed",
                       "rehandling", "closed"});
    int64_t note = tx.insert(
        "INSERT INTO supervision_notes (committee_id, proposal_id, kind, text, written_by, author_name, "
        "written_on, "
        "created_at) VALUES (:c, :p, :k, :t, :by, :name, :on, :now) RETURNING id",
        {{"c", me.committee_id},
         {"p", id},
         {"k", kind},
         {"t", text},
         {"by", me.user_id},
         {"name", me.display_name},
         {"on", clock::today_cst()},
         {"now", clock::now_iso()}});
    record(tx, actor, "supervision_noted", id, {{"note", note}, {"kind", kind}});
    auto out = proposal_json(tx, who, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
