package briefing.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The object wrapper of our templates: {@link DefaultObjectWrapper}, except that a record's components
 * (and bean properties such as {@code isEmpty()}) are read through accessors resolved once per record
 * class. Templates see what the default wrapper shows them ({@code ${actor.name}}, {@code actor.name()},
 * {@code ?has_content}, {@code ??}); anything other than a property (a method, {@code ?keys}) is
 * answered by the default bean model. The default wrapper would introspect every record class as a
 * Java bean and call each accessor by reflection, which costs more than all the rendering of a small
 * site in a fresh JVM.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /**
     * A record class's components by name, and its bean properties ({@code isEmpty()} is {@code empty}),
     * each a handle of type {@code (Object)Object}; null if unreadable or if a property has a component's name.
     */
    private static final ClassValue<Map<String, MethodHandle>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Map<String, MethodHandle> properties = new HashMap<>();
            try {
                for (RecordComponent c : type.getRecordComponents()) {
                    properties.put(c.getName(), lookup.unreflect(c.getAccessor()).asType(GETTER));
                }
                for (Method m : type.getDeclaredMethods()) {
                    String name = beanProperty(m);
                    if (name != null && properties.put(name, lookup.unreflect(m).asType(GETTER)) != null) {
                        return null;
                    }
                }
            } catch (IllegalAccessException e) {
                return null;
            }
            return Map.copyOf(properties);
        }
    };

    /**
     * The interfaces that {@link DefaultObjectWrapper#wrap} tests before it hands an object to
     * {@link #handleUnknownType}: a record implementing one of them is wrapped as that.
     */
    private static final List<Class<?>> WRAPPED_FIRST = List.of(TemplateModel.class, Collection.class,
            Map.class, Iterator.class, Enumeration.class, Iterable.class);

    /**
     * {@link #PROPERTIES} of each record class that the default wrapper would hand to
     * {@link #handleUnknownType}; empty for any other class. Looked up for every value a template
     * reads, so a map by class: a second {@link ClassValue} on the same classes missed its first probe
     * nearly every time (2 % of a build's time at 10 000 articles).
     */
    private static final Map<Class<?>, Optional<Map<String, MethodHandle>>> PLAIN_RECORDS =
            new ConcurrentHashMap<>();

    /** {@link #PLAIN_RECORDS}' entry for a class, made on first use; null for a class that is not one. */
    private static Map<String, MethodHandle> plainRecord(Class<?> type) {
        Optional<Map<String, MethodHandle>> found = PLAIN_RECORDS.get(type);
        if (found == null) {
            boolean plain = type.isRecord() && WRAPPED_FIRST.stream().noneMatch(i -> i.isAssignableFrom(type));
            found = Optional.ofNullable(plain ? PROPERTIES.get(type) : null);
            PLAIN_RECORDS.putIfAbsent(type, found);
        }
        return found.orElse(null);
    }

    /** The property a method reads as a Java bean's read method ({@code getTitle}, {@code isEmpty}), or null. */
    private static String beanProperty(Method m) {
        int modifiers = m.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || m.isSynthetic() || m.isBridge()
                || m.getParameterCount() != 0) {
            return null;
        }
        String name = m.getName();
        String rest;
        if (name.startsWith("get") && m.getReturnType() != void.class) {
            rest = name.substring(3);
        } else if (name.startsWith("is") && m.getReturnType() == boolean.class) {
            rest = name.substring(2);
        } else {
            return null;
        }
        if (rest.isEmpty()) {
            return null;
        }
        // As java.beans.Introspector.decapitalize: "Empty" is "empty", "URL" stays "URL".
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(0)) && Character.isUpperCase(rest.charAt(1))) {
            return rest;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    RecordWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    /**
     * Strings and records first, the values templates read most: the default wrapper reaches them only
     * after testing the object against a row of interfaces ({@code TemplateModel}, {@code Collection},
     * {@code Map}, {@code Iterable}, ...), each a slow type check for the JIT's first tier. A string
     * becomes what the default wrapper makes of it; a record that implements none of those interfaces
     * becomes a {@link RecordModel}, as it would through {@link #handleUnknownType}.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) {
            return new SimpleScalar(s);
        }
        if (obj instanceof Record record) {
            Map<String, MethodHandle> components = plainRecord(record.getClass());
            if (components != null) {
                return new RecordModel(record, components, this);
            }
        }
        return super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record record) {
            Map<String, MethodHandle> components = PROPERTIES.get(record.getClass());
            if (components != null) {
                return new RecordModel(record, components, this);
            }
        }
        return super.handleUnknownType(obj);
    }

    /** The default bean model of an object, for what is not a record component. */
    private TemplateModel beanModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /**
     * A record as a hash of its components. It has the interfaces of the default wrapper's model of
     * the same record, and hands it everything but reading a component, so templates cannot tell them apart.
     */
    static final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
            TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {
        private final Record record;
        private final Map<String, MethodHandle> components;
        private final RecordWrapper wrapper;
        private TemplateModel bean;

        RecordModel(Record record, Map<String, MethodHandle> components, RecordWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = components.get(key);
            if (accessor == null) {
                return bean().get(key);
            }
            Object value;
            try {
                value = (Object) accessor.invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getName(), e);
            }
            return wrapper.wrap(value);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException {
            return ((MethodCallAwareTemplateHashModel) bean()).getBeforeMethodCall(key);
        }

        /** As for any bean that is not a string, collection or map: a record always has content. */
        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() throws TemplateModelException {
            return bean().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return bean().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return bean().values();
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return ((TemplateScalarModel) bean()).getAsString();
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            return ((TemplateModelWithAPISupport) bean()).getAPI();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        private TemplateHashModelEx bean() throws TemplateModelException {
            if (bean == null) {
                bean = wrapper.beanModel(record);
            }
            return (TemplateHashModelEx) bean;
        }
    }
}
