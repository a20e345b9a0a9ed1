package com.shopmate.local;

import com.shopmate.events.Topics;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The topics the stack creates: every topic constant of {@link Topics}, so a topic added to the contract needs no change here. */
final class PlatformTopics {

    private PlatformTopics() {
    }

    static List<String> all() {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        topics.sort(null);
        return topics;
    }
}
