#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// Each proposal's proposer rates the handling work and its result (满意/基本满意/不满意), or staff record a
// paper form for them. A merged proposal's proposer rates the case it was merged into. The first 不满意
// sends the case back to re-handling (once); when every proposal of the case has its rating for this round,
// the case is closed.
nlohmann::json give_feedback(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const Feedback& f) {
    FieldErrors e;
    check::one_of(e, "work", f.work, kRatings);
    check::one_of(e, "result", f.result, kRatings);
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto own = visible(tx, who, f.step.id);
    if (!is_proposer(who, own) && !who.staff) throw AppError::forbidden();
    // the lead proposer rating in person; anyone else (staff) records the paper form
    const bool on_paper = !(who.member_id && own.lead_member_id == who.member_id);
    auto handled = own.merged_into ? load(tx, me.committee_id, *own.merged_into) : own;
    require_state(tx, who, handled, {"reply_reviewed"});
    const int64_t round = handled.rehandled;
    if (tx.one("SELECT id FROM proposal_feedback WHERE proposal_id = :p AND round = :r",
               {{"p", own.id}, {"r", round}}))
        throw AppError::conflict("feedback_already_given");
    int64_t id = tx.insert(
        "INSERT INTO proposal_feedback (committee_id, proposal_id, case_proposal_id, round, work, result, "
        "comment, "
        "on_paper, written_by, created_at) VALUES (:c, :p, :case, :r, :w, :res, :note, :paper, :by, :now) "
        "RETURNING "
        "id",
        {{"c", me.committee_id},
         {"p", own.id},
         {"case", handled.id},
         {"r", round},
         {"w", f.work},
         {"res", f.result},
         {"note", f.step.note},
         {"paper", int64_t{on_paper}},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    record(tx, actor, "feedback_given", own.id,
           {{"feedback", id},
            {"case", handled.id},
            {"round", round},
            {"work", f.work},
            {"result", f.result},
            {"on_paper", on_paper}});
    // the version the caller saw is of their own proposal's case; it guards the handled case only when the
    // same
    Step step{handled.id, own.id == handled.id ? f.step.version : std::nullopt, f.step.note};
    const bool unsatisfied = f.work == "不满意" || f.result == "不满意";
    if (unsatisfied && round == 0) {
        fire(tx, who, actor, handled, "unsatisfied", step);
    } else {
        auto counts = tx.one(
            "SELECT (SELECT COUNT(*) FROM proposals WHERE id = :case OR merged_into_id = :case) AS expected, "
            "(SELECT "
            "COUNT(*) FROM proposal_feedback WHERE case_proposal_id = :case AND round = :r) AS given",
            {{"case", handled.id}, {"r", round}});
        if (counts->i("given") >= counts->i("expected"))
            fire(tx, who, actor, handled, "complete_feedback", step);
    }
    auto out = proposal_json(tx, who, own.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
