package briefing.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import freemarker.ext.util.WrapperTemplateModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The object wrapper of our templates: {@link DefaultObjectWrapper}, except that a record's components
 * are read through accessors resolved once per record class. Templates see what the default wrapper
 * shows them ({@code ${actor.name}}, {@code actor.name()}, {@code ?has_content}, {@code ??}); anything
 * other than a component (a method, {@code ?keys}) is answered by the default bean model. The default
 * wrapper would introspect every record class as a Java bean and call each accessor by reflection,
 * which costs more than all the rendering of a small site in a fresh JVM.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** A record class's components by name, each a handle of type {@code (Object)Object}; null if unreadable. */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Map<String, MethodHandle> components = new HashMap<>();
            try {
                for (RecordComponent c : type.getRecordComponents()) {
                    components.put(c.getName(), lookup.unreflect(c.getAccessor()).asType(GETTER));
                }
            } catch (IllegalAccessException e) {
                return null;
            }
            return Map.copyOf(components);
        }
    };

    RecordWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record record) {
            Map<String, MethodHandle> components = COMPONENTS.get(record.getClass());
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
