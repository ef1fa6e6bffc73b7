package org.fazhikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.extract.Extractor;
import org.fazhikg.extract.Kind;
import org.fazhikg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole invented reports of other provinces and levels (src/test/resources/org/fazhikg/link), linked
 * without metadata: the issuer, the regions and the main bodies must come out of the text alone.
 */
class LinkerReportsTest {
    private static Extractor extractor;
    private static Linker linker;

    @BeforeAll
    static void load() {
        Gazetteer gazetteer = Gazetteer.load();
        extractor = new Extractor(gazetteer);
        linker = new Linker(gazetteer);
    }

    private static Linked report(String file) throws IOException {
        try (InputStream in = LinkerReportsTest.class.getResourceAsStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return linker.link(extractor.extract(new Document(file, file, ReportMetadata.EMPTY, text)));
        }
    }

    /** Links a fixture report and checks its issuer and the exact set of regions it names. */
    private static Linked assertReport(String file, String issuer, Set<String> regions) throws IOException {
        Linked linked = report(file);
        assertEquals(issuer, linked.issuer().label());
        assertEquals(regions, LinkerTest.canonicals(linked, Kind.REGION));
        return linked;
    }

    private static void assertOnlyBodies(Linked linked, String... expected) {
        assertEquals(Set.of(expected), LinkerTest.canonicals(linked, Kind.ORGANIZATION));
    }

    private static void assertBodies(Linked linked, String... expected) {
        Set<String> found = LinkerTest.canonicals(linked, Kind.ORGANIZATION);
        Set<String> missing = new HashSet<>(Set.of(expected));
        missing.removeAll(found);
        assertTrue(missing.isEmpty(), () -> "missing " + missing + " in " + found);
    }

    @Test
    void autonomous_region_bureau() throws IOException {
        Linked linked = assertReport("guangxi-bureau-2021.txt", "广西壮族自治区司法厅", Set.of("广西壮族自治区", "南宁市", "柳州市", "桂林市", "百色市", "田阳区", "凭祥市", "友谊镇"));
        assertBodies(linked, "广西壮族自治区司法厅", "广西壮族自治区党委", "广西壮族自治区人民政府", "司法部",
                "广西壮族自治区司法厅党组", "广西壮族自治区党委全面依法治区委员会办公室", "南宁市司法局", "柳州市司法局",
                "桂林市司法局", "广西壮族自治区公安厅", "广西壮族自治区市场监督管理局", "广西壮族自治区公共法律服务中心",
                "广西律师协会涉外法律服务委员会");
    }

    @Test
    void county_government() throws IOException {
        Linked linked = assertReport("county-government-2019.txt", "婺源县人民政府", Set.of("婺源县", "上饶市", "江西省", "紫阳镇", "江湾镇", "秋口镇"));
        assertBodies(linked, "婺源县人民政府", "上饶市人民政府", "上饶市委", "婺源县委", "婺源县法治政府建设领导小组",
                "婺源县委全面依法治县委员会", "婺源县委全面依法治县委员会办公室", "婺源县司法局", "婺源县市场监督管理局",
                "婺源县自然资源局", "婺源县城市管理局", "婺源县人民法院", "婺源县人民检察院", "婺源县公安局交警大队");
    }

    @Test
    void prefecture_city_bureau_with_names_before_2018() throws IOException {
        Linked linked = assertReport("city-bureau-2017.txt", "温州市环境保护局", Set.of("温州市", "浙江省", "瑞安市", "乐清市"));
        assertBodies(linked, "温州市环境保护局", "温州市委", "温州市人民政府", "浙江省环境保护厅", "环境保护部",
                "温州市环境保护局党委", "温州市环境保护局法制处", "温州市人民政府法制办公室", "温州市公安局", "温州市人民检察院",
                "温州市中级人民法院", "温州市委编办");
    }

    @Test
    void subdistrict_office() throws IOException {
        Linked linked = report("subdistrict-2022.txt");
        assertEquals("北山街道", linked.issuerRegion().label());
        assertEquals("330106/北山街道", linked.issuerRegion().key());
        assertEquals(Set.of("北山街道", "西湖区", "杭州市", "宝石社区", "曙光社区"), LinkerTest.canonicals(linked, Kind.REGION));
        assertEquals("330106/北山街道", LinkerTest.region(linked, "宝石社区").regionKey());
        assertBodies(linked, "北山街道办事处", "北山街道党工委", "北山街道综合行政执法队", "北山街道司法所", "西湖区委",
                "西湖区人民政府", "西湖区司法局", "西湖区人民法院");
    }

    @Test
    void province_government() throws IOException {
        Linked linked = assertReport("province-government-2023.txt", "四川省人民政府", Set.of("四川省", "成都市", "绵阳市", "凉山彝族自治州", "甘孜藏族自治州"));
        assertOnlyBodies(linked, "四川省人民政府", "国务院", "中共中央", "四川省委", "四川省委全面依法治省委员会", "四川省司法厅",
                        "四川省发展和改革委员会", "四川省财政厅", "四川省高级人民法院", "四川省人民检察院");
    }

    @Test
    void county_government_with_township_bodies() throws IOException {
        Linked linked = report("county-government-2016.txt");
        assertEquals("巴东县人民政府", linked.issuer().label());
        assertTrue(LinkerTest.canonicals(linked, Kind.REGION).containsAll(Set.of("巴东县", "恩施土家族苗族自治州", "湖北省", "信陵镇", "野三关镇")));
        assertBodies(linked, "巴东县人民政府", "恩施土家族苗族自治州委", "恩施土家族苗族自治州人民政府", "巴东县委", "巴东县人民政府法制办公室",
                "信陵镇人民政府", "巴东县公安局信陵派出所", "巴东县人民法院城区法庭", "巴东县交警大队", "野三关镇司法所",
                "巴东县医疗纠纷人民调解委员会", "湖北三峡律师事务所");
        assertTrue(LinkerTest.canonicals(linked, Kind.ORGANIZATION).stream().noneMatch(n -> n.endsWith("调处中心") || n.endsWith("查处")));
    }

    @Test
    void district_government_with_old_department_names() throws IOException {
        Linked linked = assertReport("district-government-2018.txt", "吴江区人民政府", Set.of("苏州市", "吴江区", "江苏省", "盛泽镇", "震泽镇", "七都镇", "松陵街道"));
        assertBodies(linked, "吴江区人民政府", "苏州市人民政府", "苏州市委", "吴江区委", "吴江区依法行政工作领导小组",
                "吴江区委理论学习中心组", "吴江区行政审批局", "吴江区司法局", "吴江区人民政府法制办公室", "江苏新天伦律师事务所",
                "吴江区市场监督管理局", "吴江区环境保护局", "吴江区人大常委会", "吴江区政协", "吴江区人民法院",
                "吴江区人民检察院", "吴江区信访局", "吴江老娘舅调解工作室", "知识产权纠纷人民调解委员会", "江苏省委", "江苏省人民政府");
        assertTrue(LinkerTest.canonicals(linked, Kind.ORGANIZATION).stream().noneMatch(n -> n.contains("综合行政执法局")));
    }

    @Test
    void prefecture_city_bureau_with_superiors_and_branches() throws IOException {
        Linked linked = assertReport("city-bureau-2023.txt", "洛阳市市场监督管理局", Set.of("洛阳市", "河南省", "偃师区", "孟津区", "新安县", "宜阳县", "涧西区"));
        assertOnlyBodies(linked, "洛阳市市场监督管理局", "洛阳市委", "洛阳市人民政府", "河南省市场监督管理局", "洛阳市市场监督管理局党组",
                        "洛阳市市场监督管理局法规科", "洛阳市市场监督管理局执法稽查支队", "偃师区市场监督管理局", "孟津区市场监督管理局",
                        "新安县市场监督管理局", "宜阳县市场监督管理局", "涧西区市场监督管理局工业园区市场监督管理所",
                        "洛阳市发展和改革委员会", "洛阳市税务局", "洛阳市消费者协会", "洛阳市知识产权保护中心",
                        "洛阳市中级人民法院", "洛阳市人民检察院");
    }

    @Test
    void autonomous_prefecture_government() throws IOException {
        Linked linked = assertReport("prefecture-government-2020.txt", "黔西南布依族苗族自治州人民政府", Set.of("黔西南布依族苗族自治州", "贵州省", "兴义市", "兴仁市", "安龙县", "贞丰县", "万峰林街道"));
        assertBodies(linked, "黔西南布依族苗族自治州人民政府", "贵州省人民政府", "贵州省委", "黔西南布依族苗族自治州委", "中共中央", "国务院",
                "黔西南布依族苗族自治州委全面依法治州委员会", "黔西南布依族苗族自治州委全面依法治州委员会办公室", "黔西南布依族苗族自治州政务服务中心",
                "黔西南布依族苗族自治州司法局", "义龙新区管理委员会", "黔西南布依族苗族自治州中级人民法院",
                "黔西南布依族苗族自治州人民检察院", "黔西南布依族苗族自治州人大常委会", "万峰林街道人民调解委员会");
        assertEquals("黔西南布依族苗族自治州人民政府", LinkerTest.bodies(linked).get("黔西南州人民政府"));
    }

    @Test
    void district_of_a_municipality() throws IOException {
        Linked linked = assertReport("municipal-district-2024.txt", "嘉定区人民政府", Set.of("嘉定区", "上海市", "安亭镇", "南翔镇", "江桥镇"));
        assertOnlyBodies(linked, "上海市委", "上海市人民政府", "嘉定区委", "嘉定区人民政府", "嘉定区发展和改革委员会", "嘉定区财政局",
                        "嘉定区人力资源和社会保障局", "嘉定区委全面依法治区委员会办公室", "嘉定区司法局", "嘉定区人民检察院",
                        "嘉定区人民法院", "嘉定区行政复议局", "嘉定区公共法律服务中心", "上海市司法局", "上海市高级人民法院");
    }
}
