package com.shopmate.dialogue.handoff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** When the bot hands a conversation to people (docs/operations.md lists these with their defaults). */
@ConfigMapping(prefix = "shopmate.dialogue.handoff")
public interface HandoffConfig {

    /** The NLU intent of a shopper asking for a person. */
    @WithDefault("human_agent_request")
    String requestIntent();

    /** The confidence from which that intent alone hands over. */
    @WithDefault("0.5")
    double requestConfidence();

    /**
     * Words that ask for a person whatever the intent says ("转人工" inside a complaint); matched case-insensitively
     * as substrings, so keep them unambiguous.
     */
    @WithDefault("转人工,人工客服,人工服务,找人工,要人工,真人客服,接人工,human agent,real person,talk to a human,"
            + "speak to a human,live agent,speak to someone,talk to someone")
    List<String> requestPhrases();

    /**
     * Words of a question about the agents ("when are your human agents available?", "人工客服几点上班？"): such a
     * message is answered (the FAQ knows the hours), not taken as a request, unless it also says {@code demand-phrases}.
     */
    @WithDefault("when,what time,hours,available,几点,什么时候,时间,上班,下班")
    List<String> questionPhrases();

    /** Words that make a message a demand even when it asks a question ("我要转人工，什么时候有人？"). */
    @WithDefault("我要,给我,帮我转,马上,立刻,i want,i need,let me,connect me,transfer me,get me,put me through,"
            + "can i talk,can i speak,could i talk,could i speak,may i speak")
    List<String> demandPhrases();

    /** Escalation risk from which the bot hands over without being asked. */
    @WithDefault("0.85")
    double riskThreshold();

    /** Consecutive turns the bot did not understand after which it hands over. */
    @WithDefault("3")
    int maxFallbacks();

    /**
     * The agents' hours, "09:00-22:00" in the policy's time zone, overriding the policy file's
     * {@code customer_service.human_agent_hours}; "00:00-24:00" keeps the queue open around the clock.
     */
    Optional<String> agentHours();
}
