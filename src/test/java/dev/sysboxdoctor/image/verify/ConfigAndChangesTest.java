package dev.sysboxdoctor.image.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.image.Difference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigAndChangesTest {
    static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s.replace('\'', '"'));
    }

    @Test
    void envDifferencesNeverShowValues() throws Exception {
        JsonNode want = json("{'Env':['A=1','TOKEN=s3cr3t','GONE=x'],'Cmd':['sh'],'WorkingDir':'/w','Labels':{'a':'b'}}");
        JsonNode got = json("{'Env':['A=1','TOKEN=zzdiff','NEW=y'],'Cmd':['sh'],'WorkingDir':'/w','Labels':{'a':'b'},'Volumes':{}}");
        List<Difference> d = ConfigDiff.compare(want, got);
        assertThat(d).extracting(Difference::expected).containsExactly("GONE set", "NEW not set", "TOKEN (value hidden)");
        assertThat(d.toString()).doesNotContain("s3cr3t", "zzdiff", "=x", "=y");
    }

    @Test
    void emptyMeansUnsetAndOrderOfMapsDoesNotMatter() throws Exception {
        JsonNode a = json("{'Cmd':null,'ExposedPorts':{'80/tcp':{},'53/udp':{}},'StopSignal':''}");
        JsonNode b = json("{'Cmd':[],'ExposedPorts':{'53/udp':{},'80/tcp':{}}}");
        assertThat(ConfigDiff.compare(a, b)).isEmpty();
        assertThat(ConfigDiff.compare(json("{'User':'app'}"), json("{'User':'root'}")))
                .extracting(Difference::path).containsExactly("config:User");
    }
}
