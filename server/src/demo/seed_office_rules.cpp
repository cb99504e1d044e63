// The rules library of the demo committees. Daye "修订完善了全体会议工作规则、专委会工作通则等36项履行职能和
// 内控管理工作制度，研究制定了党组议事规则、党委工作规则等10余项党建工作制度"; Qingjian made its plenary and
// standing-committee rules and, under "废改立", revised its study, attendance and finance rules.
#include <fmt/format.h>

#include "core/clock.hpp"
#include "demo/office_seed.hpp"

namespace zhixie::demo {

namespace {

struct RuleSeed {
    const char* title;
    const char* category;
    const char* established;
    const char* revised = nullptr;    // the revision in force, if any
    const char* abolished = nullptr;  // the day it was abolished, if it was
};

const RuleSeed kDaye[] = {
    {"政协大冶市委员会全体会议工作规则", "履职", "2017-01-10", "2021-03-15"},
    {"政协大冶市委员会常务委员会会议工作规则", "履职", "2017-01-10", "2021-03-15"},
    {"政协大冶市委员会主席会议工作规则", "履职", "2017-01-10", "2021-03-15"},
    {"政协大冶市委员会专门委员会工作通则", "履职", "2017-03-01", "2021-03-15"},
    {"政协大冶市委员会提案工作条例实施细则", "履职", "2016-12-20", "2021-04-20"},
    {"政协大冶市委员会重点提案遴选和督办办法", "履职", "2018-02-26", "2021-04-20"},
    {"政协大冶市委员会提案办理协商办法", "履职", "2018-02-26", "2021-04-20"},
    {"政协大冶市委员会社情民意信息工作办法", "履职", "2017-05-08", "2021-04-20"},
    {"政协大冶市委员会协商工作规则", "履职", "2018-06-12", "2021-05-18"},
    {"政协大冶市委员会对口协商和界别协商工作办法", "履职", "2018-06-12", "2021-05-18"},
    {"政协大冶市委员会民主监督工作办法", "履职", "2018-06-12", "2021-05-18"},
    {"政协大冶市委员会视察调研工作办法", "履职", "2017-05-08", "2021-05-18"},
    {"政协大冶市委员会委员履职管理办法", "履职", "2017-03-01", "2021-06-08"},
    {"政协大冶市委员会委员履职积分考核办法", "履职", "2019-01-15", "2021-06-08"},
    {"政协大冶市委员会常委联系委员、委员联系界别群众制度", "履职", "2017-03-01", "2021-06-08"},
    {"政协大冶市委员会乡镇政协活动召集人工作办法", "履职", "2019-04-10", "2021-06-08"},
    {"政协大冶市委员会委员工作室建设管理办法", "履职", "2019-04-10", "2021-06-08"},
    {"政协大冶市委员会文史资料工作办法", "履职", "2016-12-20", "2021-07-06"},
    {"政协大冶市委员会履职成果转化运用办法", "履职", "2019-09-02", "2021-07-06"},
    {"政协大冶市委员会新闻宣传工作办法", "履职", "2018-03-20", "2021-07-06"},
    {"市政协机关工作人员考勤管理制度", "内控", "2016-08-01", "2021-02-22"},
    {"市政协机关学习制度", "内控", "2016-08-01", "2021-02-22"},
    {"市政协机关财务管理制度", "内控", "2016-08-01", "2021-02-22"},
    {"市政协机关信息化和网络安全管理制度", "内控", "2019-05-06", "2021-08-16"},
    {"市政协机关公务用车管理制度", "内控", "2018-01-08", "2021-08-16"},
    {"市政协机关公文处理办法", "内控", "2016-08-01", "2021-08-16"},
    {"市政协机关会议管理制度", "内控", "2016-08-01", "2021-08-16"},
    {"市政协机关档案管理制度", "内控", "2016-08-01", "2021-09-13"},
    {"市政协机关保密工作制度", "内控", "2016-08-01", "2021-09-13"},
    {"市政协机关督查督办工作制度", "内控", "2019-03-04", "2021-09-13"},
    {"市政协机关绩效考核办法", "内控", "2019-03-04", "2021-09-13"},
    {"市政协机关政府采购内部控制制度", "内控", "2018-01-08", "2021-10-11"},
    {"市政协机关固定资产管理办法", "内控", "2018-01-08", "2021-10-11"},
    {"市政协机关值班和安全管理制度", "内控", "2016-08-01", "2021-10-11"},
    {"市政协机关干部职工请休假制度", "内控", "2016-08-01", "2021-10-11"},
    {"市政协机关工作备忘录", "内控", "2019-03-04", "2021-01-18"},
    {"市政协机关公务接待管理暂行办法", "内控", "2014-03-03", nullptr, "2021-04-01"},
    {"市政协机关公务接待管理办法", "内控", "2021-04-01"},
    {"政协大冶市委员会党组议事规则", "党建", "2021-03-08"},
    {"市政协机关党委工作规则", "党建", "2021-03-08"},
    {"市政协党组理论学习中心组学习制度", "党建", "2021-03-29"},
    {"市政协党组落实全面从严治党主体责任清单", "党建", "2021-03-29"},
    {"市政协党组意识形态工作责任制实施细则", "党建", "2021-04-26"},
    {"市政协机关党支部“三会一课”制度", "党建", "2021-04-26"},
    {"市政协机关主题党日活动制度", "党建", "2021-05-24"},
    {"市政协机关廉政谈话制度", "党建", "2021-05-24"},
    {"市政协机关党风廉政建设责任制实施办法", "党建", "2021-06-21"},
    {"市政协机关党员教育管理制度", "党建", "2021-06-21"},
    {"市政协机关民主评议党员制度", "党建", "2021-09-06"},
    {"市政协专委会党小组工作制度", "党建", "2021-09-06"},
};

const RuleSeed kQingjian[] = {
    {"政协清涧县委员会履职工作规则", "履职", "2020-03-16"},
    {"政协清涧县委员会全体会议工作规则", "履职", "2020-05-20"},
    {"政协清涧县委员会常务委员会会议工作规则", "履职", "2020-05-20"},
    {"政协清涧县委员会提案工作办法", "履职", "2016-06-01", "2020-07-01"},
    {"政协清涧县委员会委员履职“五个一”活动实施方案", "履职", "2020-04-10"},
    {"政协清涧县委员会主席联系常委、常委联系委员、委员联系群众制度", "履职", "2020-06-01"},
    {"清涧政协讲坛工作办法", "履职", "2020-04-01"},
    {"县政协机关学习制度", "内控", "2015-03-02", "2020-08-03"},
    {"县政协机关考勤制度", "内控", "2015-03-02", "2020-08-03"},
    {"县政协机关财务管理制度", "内控", "2016-01-04", "2020-08-03"},
    {"县政协机关公文处理办法", "内控", "2017-02-13"},
    {"县政协机关新闻宣传工作奖励办法", "内控", "2019-10-08"},
    {"县政协机关驻村帮扶工作制度", "内控", "2018-03-05"},
    {"县政协机关党组工作规则", "党建", "2020-01-13"},
    {"县政协专委会党小组工作制度", "党建", "2020-01-13"},
    {"县政协机关党员先锋队工作制度", "党建", "2020-02-17"},
};

// "…工作规则" → 规则, "…办法" → 办法 …
std::string kind_of(const std::string& title) {
    for (const char* k : {"实施细则", "通则", "规则", "细则", "办法", "制度", "清单", "方案", "备忘录"}) {
        std::string kind(k);
        if (title.size() >= kind.size() && title.compare(title.size() - kind.size(), kind.size(), kind) == 0)
            return kind;
    }
    return "制度";
}

std::string subject_of(const std::string& title, const std::string& place) {
    std::string s = title;
    for (const std::string& prefix :
         {"政协" + place + "委员会", std::string("市政协机关"), std::string("县政协机关"),
          std::string("市政协"), std::string("县政协")})
        if (s.rfind(prefix, 0) == 0) {
            s = s.substr(prefix.size());
            break;
        }
    const std::string kind = kind_of(title);
    if (s.size() > kind.size()) s = s.substr(0, s.size() - kind.size());
    return s;
}

std::string rule_text(const OfficeSeed& s, const std::string& title, bool revised,
                      const std::string& established) {
    const std::string kind = kind_of(title), subject = subject_of(title, s.place);
    const std::string basis =
        revised ? "《中国人民政治协商会议章程》和上级政协有关规定" : "《中国人民政治协商会议章程》和有关规定";
    std::vector<std::string> articles = {
        fmt::format("为进一步规范{}，提高工作质量和效率，根据{}，结合{}政协实际，制定本{}。", subject, basis,
                    s.place, kind),
        fmt::format("{}坚持党的领导，坚持围绕中心、服务大局，坚持依章依规、务实高效。", subject),
        fmt::format("{}办公室负责{}的统筹协调和日常管理，各专门委员会按照职责分工抓好落实。",
                    s.me.committee_name, subject),
        fmt::format("{}实行台账管理，做到有计划、有落实、有督办、有考核，每项工作留有痕迹。", subject)};
    if (revised)
        articles.push_back(
            fmt::format("{}纳入机关季度百分制考核和年度绩效考评，考核结果作为评先评优的重要依据。", subject));
    articles.push_back(fmt::format(
        "对执行本{}成绩突出的，予以通报表扬；对不按本{}执行、造成不良影响的，予以通报批评。", kind, kind));
    articles.push_back(fmt::format("本{}由{}办公室负责解释。", kind, s.me.committee_name));
    articles.push_back(revised ? fmt::format("本{}自印发之日起施行，{}年印发的原{}同时废止。", kind,
                                             established.substr(0, 4), kind)
                               : fmt::format("本{}自印发之日起施行。", kind));
    static const char* numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    std::string out;
    for (size_t k = 0; k < articles.size(); ++k)
        out += fmt::format("{}第{}条　{}", k ? "\n" : "", numerals[k], articles[k]);
    return out;
}

void add_rule(OfficeSeed& s, const RuleSeed& r, int sort, int& number) {
    const std::string in_force = r.revised ? r.revised : r.established;
    const std::string now = clock::now_iso();
    const std::string prefix = s.code == "daye" ? "冶政协办发" : "清政协办发";
    const int64_t id = s.tx.insert(
        "INSERT INTO office_rules (committee_id, title, category, doc_number, status, abolished_on, "
        "abolish_reason, "
        "sort, version, created_at, updated_at) VALUES (:c, :t, :cat, :doc, :st, :ab, :why, :sort, :v, :now, "
        ":now) "
        "RETURNING id",
        {{"c", s.me.committee_id},
         {"t", std::string(r.title)},
         {"cat", std::string(r.category)},
         {"doc", fmt::format("{}〔{}〕{}号", prefix, in_force.substr(0, 4), ++number)},
         {"st", std::string(r.abolished ? "abolished" : "in_force")},
         {"ab", r.abolished ? storage::Value(std::string(r.abolished)) : storage::Value{}},
         {"why", std::string(r.abolished ? "由新制定的公务接待管理办法取代" : "")},
         {"sort", int64_t{sort}},
         {"v", int64_t{1 + (r.revised ? 1 : 0) + (r.abolished ? 1 : 0)}},
         {"now", now}});
    auto version = [&](int64_t n, const char* action, const std::string& from, const std::string& note) {
        s.tx.exec(
            "INSERT INTO office_rule_versions (committee_id, rule_id, number, action, body, effective_from, "
            "note, "
            "created_by, created_at) VALUES (:c, :r, :n, :a, :b, :from, :note, :by, :now)",
            {{"c", s.me.committee_id},
             {"r", id},
             {"n", n},
             {"a", std::string(action)},
             {"b", rule_text(s, r.title, n > 1, r.established)},
             {"from", from},
             {"note", note},
             {"by", s.by()},
             {"now", now}});
    };
    version(1, "establish", r.established, "");
    if (r.revised) version(2, "revise", r.revised, "按照“废改立”原则，对照新修订的政协章程和上级规定修订");
}

}  // namespace

void seed_office_rules(OfficeSeed& s) {
    int number = 0, sort = 0;
    if (s.code == "daye")
        for (const auto& r : kDaye)
            add_rule(s, r, ++sort, number);
    else
        for (const auto& r : kQingjian)
            add_rule(s, r, ++sort, number);
}

}  // namespace zhixie::demo
